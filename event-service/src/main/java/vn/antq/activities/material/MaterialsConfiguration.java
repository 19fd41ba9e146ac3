package vn.antq.activities.material;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.antq.kit.web.KitWebProperties;

/** The library's files in GridFS (bucket {@value MaterialFiles#BUCKET}) and its settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaterialsProperties.class)
public class MaterialsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MaterialsConfiguration.class);

    @Bean
    GridFSBucket materialFilesBucket(MongoTemplate mongo) {
        return GridFSBuckets.create(mongo.getDb(), MaterialFiles.BUCKET);
    }

    @Bean
    MaterialFiles materialFiles(GridFSBucket materialFilesBucket, MongoTemplate mongo, MaterialsProperties properties,
                                ObjectProvider<KitWebProperties> web) {
        KitWebProperties limits = web.getIfAvailable();
        if (limits != null && limits.maxUploadSize().compareTo(properties.maxFileSize()) < 0) {
            log.warn("antq.materials.max-file-size is {}, but multipart uploads are refused above "
                    + "antq.web.max-upload-size, {}: larger materials are answered 413 by the body-size limit",
                    MaterialFiles.readable(properties.maxFileSize().toBytes()),
                    MaterialFiles.readable(limits.maxUploadSize().toBytes()));
        }
        return new MaterialFiles(materialFilesBucket, mongo, properties.maxFileSize().toBytes());
    }
}
