package jp.kyoten.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

	List<Company> findByMergedIntoId(long mergedIntoId);

}
